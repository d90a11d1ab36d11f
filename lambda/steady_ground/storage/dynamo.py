"""The notes repository on DynamoDB, through an injected boto3 client."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from steady_ground.storage.codec import from_item, to_item
from steady_ground.storage.errors import (
    AlreadyExists,
    DeletionIncomplete,
    NoteTooLong,
    StaleWrite,
    StorageError,
    StorageUnavailable,
)
from steady_ground.storage.privacy_codes import DynamoPrivacyCodes
from steady_ground.storage.repository import (
    MAX_NOTE_CHARS,
    REV_KEY,
    Bundle,
    Note,
    NoteKind,
    NotesPage,
    Owner,
    Tombstone,
)
from steady_ground.text import xml_safe

# botocore logs whole request and response bodies (note text) at DEBUG: never let that through.
logging.getLogger("botocore").setLevel(logging.WARNING)

PROFILE_SK = "META#profile"
PROGRESS_PREFIX = "META#progress#"
SETTING_PREFIX = "META#setting#"
MEMBER_MARK_SK = "META#member"  # older layout: a person partition's mark of registration (ignored)
MEMBER_PREFIX = "MEMBER#"  # in the account partition: one item per recognized person
NOTE_PREFIX = "NOTE#"
OWNER_PREFIX = "OWNER#"
KIND_INDEX = "by-kind"  # GSI: pk + ksk "<kind>#<stamp>#<digest>", so a read of one kind is one query
KIND_KEY = "ksk"
SWEEP_PK = "SWEEP#deletions"  # one tombstone per disabled account whose deletion has not finished
TOMBSTONE_PREFIX = "ACCOUNT#"
DONE_PREFIX = "DONE#"  # its own partition per request key: what a destructive request already did
DONE_FOR = timedelta(days=1)  # Alexa redelivers within seconds; a day is plenty
LATEST = "~"  # sorts after every stamp
KEY_VERSION = "kv"  # on every item of a person or account: which id-hash secret made its key
MOVE_BATCH = 100  # notes re-keyed per session start during a secret rotation

# An item's expiry is pushed forward when it is at least this much older than a fresh one: at most
# one refresh a day per item, on the session start that reads it.
REFRESH_AFTER = timedelta(days=1)
# The registry entry outlives every item of the person it points to: their items expire at most
# `retention` after the write that registered them.
REGISTRY_MARGIN = timedelta(days=2)
# A tombstone outlives every item of the account (all expire within the retention), then goes too.
TOMBSTONE_MARGIN = timedelta(days=30)

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


def _s(value: str) -> dict[str, str]:
    return {"S": value}


def _revision_condition(rev: int | None) -> dict[str, Any]:
    """Write only over the revision the session read: none yet (0), or exactly ``rev``."""
    if rev is None:
        return {}
    if rev == 0:
        return {"ConditionExpression": "attribute_not_exists(sk) OR attribute_not_exists(rev)"}
    return {"ConditionExpression": "rev = :rev", "ExpressionAttributeValues": {":rev": {"N": str(rev)}}}


class DynamoNotesRepository(DynamoPrivacyCodes):
    """Every call goes through ``_call``: AWS errors become the skill's own, and once storage has
    been unavailable during a request, later calls in that request fail at once, so a turn spends
    at most one call's worst case (about 4 s) waiting and still answers inside Alexa's 8 s.

    Every item carries ``expires_at``. Every write to a recognized person's partition is preceded,
    in the same request, by their entry in the account's registry, so SkillDisabled always finds it.
    """

    def __init__(self, client: Callable[[], Any] | Any, table_name: str, retention_days: int) -> None:
        self._client_factory = client if callable(client) and not hasattr(client, "query") else (lambda: client)
        self.table_name = table_name
        self.retention = timedelta(days=retention_days)
        self._down = False
        self._registered: set[str] = set()
        self._caught_up: set[str] = set()

    @property
    def client(self) -> Any:
        return self._client_factory()

    def begin_request(self) -> None:
        self._down = False
        self._registered = set()
        self._caught_up = set()

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

    # -- the registry --------------------------------------------------------------------------
    def _register(self, owner: Owner, now: datetime) -> None:
        """Enter a recognized person in the account's registry before anything is written to their
        partition (once per request). If this fails, the write that needed it does not happen."""
        if not owner.recognized or owner.pk in self._registered:
            return
        item = {
            "pk": owner.account_pk,
            "sk": member_sk(owner.pk),
            "member_pk": owner.pk,
            "expires_at": _epoch(now + self.retention + REGISTRY_MARGIN),
        }
        if owner.key_version:
            item[KEY_VERSION] = owner.key_version
        self._call("put_item", Item=to_item(item))
        self._registered.add(owner.pk)

    def _put(self, owner: Owner, now: datetime, item: dict[str, Any], **kwargs: Any) -> None:
        self._register(owner, now)
        if owner.key_version:
            item = {**item, KEY_VERSION: owner.key_version}
        self._call("put_item", Item=to_item(item), **kwargs)

    # -- session start -------------------------------------------------------------------------
    def load_bundle(self, owner: Owner, now: datetime) -> Bundle:
        self._catch_up(owner, now)
        result = self._call(
            "query",
            KeyConditionExpression="pk = :pk AND begins_with(sk, :meta)",
            ExpressionAttributeValues={":pk": _s(owner.pk), ":meta": _s("META#")},
            ConsistentRead=True,
        )
        bundle = Bundle()
        cutoff = _epoch(now)
        fresh = self._expires(now - REFRESH_AFTER)
        settings: dict[str, Any] = {}
        stale: list[str] = []
        for raw in result.get("Items", []):
            item = from_item(raw)
            expires = int(item.get("expires_at") or 0)
            if expires and expires <= cutoff:
                continue
            sk = item["sk"]
            if sk == MEMBER_MARK_SK:
                continue
            if expires < fresh and not sk.startswith(PROGRESS_PREFIX):  # progress: from when saved
                stale.append(sk)
            bundle.exists = True
            if sk == PROFILE_SK:
                bundle.profile.update(json.loads(item.get("body", "{}")))
                if item.get("rev"):
                    bundle.profile["rev"] = int(item["rev"])
            elif sk.startswith(PROGRESS_PREFIX):
                progress = json.loads(item.get("body", "{}"))
                if isinstance(progress, dict) and item.get("rev"):
                    progress[REV_KEY] = int(item["rev"])
                bundle.progress[sk[len(PROGRESS_PREFIX):]] = progress
            elif sk.startswith(SETTING_PREFIX):
                settings[sk[len(SETTING_PREFIX):]] = json.loads(item.get("body", "null"))
        if settings:
            bundle.profile["settings"] = settings
        if stale:
            self._refresh(owner, stale, now)
        return bundle

    def _catch_up(self, owner: Owner, now: datetime) -> None:
        """During a rotation window, the first read of a request moves this speaker's items kept
        under an older secret forward (one Query per older secret when there is nothing to move)."""
        if owner.former and owner.pk not in self._caught_up:
            self._caught_up.add(owner.pk)
            for former in owner.former:
                self._move_forward(former, owner, now)

    def _move_forward(self, old: Owner, new: Owner, now: datetime) -> None:
        """Re-key: copy what ``old`` (the same speaker under an older id-hash secret) has into the
        current partition, then delete it there. Settings, profile and progress first, then the
        newest notes, at most MOVE_BATCH notes a session start; what is already current wins.
        One Query when there is nothing to move."""
        head = self._call(
            "query",
            KeyConditionExpression="pk = :pk AND sk < :note",
            ExpressionAttributeValues={":pk": _s(old.pk), ":note": _s(NOTE_PREFIX)},
            ConsistentRead=True,
        ).get("Items", [])
        if not head:
            return
        notes = self._call(
            "query",
            KeyConditionExpression="pk = :pk AND begins_with(sk, :note)",
            ExpressionAttributeValues={":pk": _s(old.pk), ":note": _s(NOTE_PREFIX)},
            ScanIndexForward=False,
            Limit=MOVE_BATCH,
            ConsistentRead=True,
        )
        items = [raw for raw in head if raw["sk"]["S"] != MEMBER_MARK_SK] + notes.get("Items", [])
        finished = "LastEvaluatedKey" not in notes
        self._register(new, now)
        for raw in items:
            try:
                forward = {**raw, "pk": _s(new.pk), KEY_VERSION: _s(new.key_version)}
                self._call("put_item", Item=forward, ConditionExpression="attribute_not_exists(sk)")
            except AlreadyExists:
                pass  # written under the current key already: that one is newer
        done = [{"pk": raw["pk"], "sk": raw["sk"]} for raw in (head if finished else []) + notes.get("Items", [])]
        for i in range(0, len(done), 25):
            self._batch_delete(done[i : i + 25])
        if finished and old.recognized:
            for account in {old.account_pk, new.account_pk}:
                self._call("delete_item", Key=to_item({"pk": account, "sk": member_sk(old.pk)}))

    def _refresh(self, owner: Owner, sks: list[str], now: datetime) -> None:
        """Activity keeps a person's profile and settings: their expiry moves forward
        (the registry entry first). Best effort: the next session start tries again."""
        try:
            self._register(owner, now)
            for sk in sks:
                self._call(
                    "update_item",
                    Key=to_item({"pk": owner.pk, "sk": sk}),
                    UpdateExpression="SET expires_at = :e",
                    ConditionExpression="attribute_exists(sk)",
                    ExpressionAttributeValues={":e": {"N": str(self._expires(now))}},
                )
        except StorageError:
            pass

    def save_profile(self, owner: Owner, profile: dict[str, Any], now: datetime) -> int:
        """Write the profile only if it is still the revision this session read (``profile["rev"]``,
        absent when there was none): a stale session or another device gets ``StaleWrite`` and
        nothing is overwritten. Returns the new revision."""
        body = {k: v for k, v in profile.items() if k not in ("settings", "rev")}  # settings: own items
        rev = profile.get("rev")
        rev = rev if isinstance(rev, int) else 0
        item = {
            "pk": owner.pk,
            "sk": PROFILE_SK,
            "body": json.dumps(body, separators=(",", ":")),
            "rev": rev + 1,
            "expires_at": self._expires(now),
        }
        try:
            self._put(owner, now, item, **_revision_condition(rev))
        except AlreadyExists as exc:
            raise StaleWrite("the profile changed since this session read it") from exc
        return rev + 1

    def save_setting(self, owner: Owner, name: str, value: Any, now: datetime, *, account: bool = False) -> None:
        pk = owner.account_pk if account else owner.pk
        item = {"pk": pk, "sk": SETTING_PREFIX + name, "body": json.dumps(value), "set_at": _epoch(now),
                "expires_at": self._expires(now)}
        if account:
            self._call("put_item", Item=to_item(item))
        else:
            self._put(owner, now, item)

    def delete_setting(self, owner: Owner, name: str, *, account: bool = False) -> None:
        pk = owner.account_pk if account else owner.pk
        self._call("delete_item", Key=to_item({"pk": pk, "sk": SETTING_PREFIX + name}))

    def save_progress(
        self, owner: Owner, exercise: str, state: dict[str, Any], now: datetime, rev: int | None = None
    ) -> int:
        """Write exercise progress. With ``rev`` (the revision this session last read or wrote, 0 for
        none) the write happens only if nobody else moved it on since: another device's or a newer
        session's place is never overwritten by an older one (``StaleWrite``). Returns the new one."""
        body = {k: v for k, v in state.items() if k != REV_KEY}
        new_rev = (rev or 0) + 1
        item = {
            "pk": owner.pk,
            "sk": PROGRESS_PREFIX + exercise,
            "body": json.dumps(body, separators=(",", ":")),
            "rev": new_rev,
            "expires_at": self._expires(now),
        }
        try:
            self._put(owner, now, item, **_revision_condition(rev))
        except AlreadyExists as exc:
            raise StaleWrite("the progress moved on since this session read it") from exc
        return new_rev

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
        note_id = f"{_stamp(now)}#{digest}"
        values: dict[str, Any] = {
            "pk": owner.pk,
            "sk": NOTE_PREFIX + note_id,
            KIND_KEY: f"{kind.value}#{note_id}",
            "kind": kind.value,
            "text": text,
            "created_at": _epoch(now),
            "expires_at": self._expires(now),
        }
        if data:
            values["data"] = data
        try:
            self._put(owner, now, values, ConditionExpression="attribute_not_exists(sk)")
        except AlreadyExists:
            pass  # the same request replayed: the note is already there, once.
        return self._note(values)

    @staticmethod
    def _note(item: dict[str, Any]) -> Note:
        return Note(
            note_id=item["sk"][len(NOTE_PREFIX):],
            kind=NoteKind(item.get("kind", NoteKind.FREE.value)),
            text=xml_safe(item.get("text", "")),  # a note kept before slot text was cleaned
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
        """The newest live notes (of one kind, or all), in one Query however many notes the person
        has: expiry and kind are in the key condition, never in a filter that pages. (During a secret
        rotation the request's first read also looks under each older key: ``_catch_up``.)"""
        self._catch_up(owner, now)
        oldest = _stamp(now - self.retention)
        kwargs: dict[str, Any] = {"ScanIndexForward": False, "Limit": limit}
        if kind is None:
            key, prefix = "sk", NOTE_PREFIX
            kwargs["ConsistentRead"] = True
        else:
            key, prefix = KIND_KEY, f"{kind.value}#"
            kwargs["IndexName"] = KIND_INDEX
        if cursor:
            start = {"pk": _s(owner.pk), "sk": _s(NOTE_PREFIX + cursor)}
            if kind is not None:
                start[KIND_KEY] = _s(prefix + cursor)
            kwargs["ExclusiveStartKey"] = start
        result = self._call(
            "query",
            KeyConditionExpression=f"pk = :pk AND {key} BETWEEN :oldest AND :latest",
            ExpressionAttributeValues={":pk": _s(owner.pk), ":oldest": _s(prefix + oldest), ":latest": _s(prefix + LATEST)},
            **kwargs,
        )
        cutoff = _epoch(now)
        notes = [
            self._note(item)
            for item in map(from_item, result.get("Items", []))
            if int(item.get("expires_at") or 0) > cutoff
        ]
        next_cursor = notes[-1].note_id if (result.get("LastEvaluatedKey") and notes) else None
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

    # -- deleting everything -------------------------------------------------------------------
    def delete_owner(self, owner: Owner) -> int:
        """Hard-delete everything this owner has: notes, progress, profile, settings, at once, and
        prove it with a consistent read; ``DeletionIncomplete`` if anything is left.

        A person's whole partition goes, then their entry in the account's registry (only once the
        partition is proven empty). For the account (unrecognized speech) the registry entries stay:
        they belong to the persons, not to it.
        """
        if owner.recognized:
            deleted = self.delete_partition(owner.pk)
            self._call("delete_item", Key=to_item({"pk": owner.account_pk, "sk": member_sk(owner.pk)}))
            self._registered.discard(owner.pk)
            return deleted
        return self.delete_partition(owner.pk, keep_prefix=MEMBER_PREFIX)

    def delete_account(self, account_pk: str) -> int:
        """SkillDisabled: every person partition in the account's registry, then the account's
        (registry last, so a failure part way leaves every partition still findable)."""
        deleted = 0
        for item in self._query_all(account_pk, MEMBER_PREFIX, "member_pk"):
            member = item.get("member_pk")
            if isinstance(member, dict) and "S" in member:
                deleted += self.delete_partition(member["S"])
        return deleted + self.delete_partition(account_pk)

    def _query_all(self, pk: str, prefix: str | None, projection: str = "") -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        start: dict[str, Any] | None = None
        values: dict[str, Any] = {":pk": _s(pk)}
        condition = "pk = :pk"
        if prefix:
            condition += " AND begins_with(sk, :prefix)"
            values[":prefix"] = _s(prefix)
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

    def _left(self, pk: str, keep_prefix: str | None) -> list[dict[str, Any]]:
        return [
            {"pk": item["pk"], "sk": item["sk"]}
            for item in self._query_all(pk, None)
            if not (keep_prefix and item["sk"]["S"].startswith(keep_prefix))
        ]

    def delete_partition(self, pk: str, keep_prefix: str | None = None) -> int:
        keys = self._left(pk, keep_prefix)
        deleted = 0
        for i in range(0, len(keys), 25):
            deleted += self._batch_delete(keys[i : i + 25])
        if keys and self._left(pk, keep_prefix):  # "deleted" only when a read proves it
            raise DeletionIncomplete(f"{len(keys)} items were deleted but some remain")
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

    # -- replays: a destructive request does its work once --------------------------------------
    def claim_request(self, request_key: str, action: str, now: datetime) -> dict[str, Any] | None:
        """Before a destructive action: None when it should run (the first delivery, or one that
        never recorded a result); a replay gets what the first delivery recorded, and does nothing.
        The record lives in its own partition, keyed by the HMAC of the request id only."""
        item = {"pk": DONE_PREFIX + request_key, "sk": action, "expires_at": _epoch(now + DONE_FOR)}
        try:
            self._call("put_item", Item=to_item(item), ConditionExpression="attribute_not_exists(pk)")
            return None
        except AlreadyExists:
            pass
        result = self._call(
            "query",
            KeyConditionExpression="pk = :pk AND sk = :sk",
            ExpressionAttributeValues={":pk": _s(DONE_PREFIX + request_key), ":sk": _s(action)},
            ConsistentRead=True,
        )
        for raw in result.get("Items", []):
            found = from_item(raw).get("result")
            if isinstance(found, dict):
                return found
        return None

    def record_result(self, request_key: str, action: str, result: dict[str, Any], now: datetime) -> None:
        item = {"pk": DONE_PREFIX + request_key, "sk": action, "result": result, "expires_at": _epoch(now + DONE_FOR)}
        self._call("put_item", Item=to_item(item))

    # -- tombstones: deletions that must finish ------------------------------------------------
    def mark_deletion(self, account_pks: list[str], now: datetime) -> None:
        """Before deleting a disabled account: a durable record the sweep finishes from."""
        item = {
            "pk": SWEEP_PK,
            "sk": TOMBSTONE_PREFIX + account_pks[0],
            "accounts": account_pks,
            "since": _epoch(now),
            "attempts": 0,
            "expires_at": _epoch(now + self.retention + TOMBSTONE_MARGIN),
        }
        self._call("put_item", Item=to_item(item))

    def unmark_deletion(self, account_pks: list[str]) -> None:
        self._call("delete_item", Key=to_item({"pk": SWEEP_PK, "sk": TOMBSTONE_PREFIX + account_pks[0]}))

    def count_attempt(self, account_pks: list[str]) -> None:
        self._call(
            "update_item",
            Key=to_item({"pk": SWEEP_PK, "sk": TOMBSTONE_PREFIX + account_pks[0]}),
            UpdateExpression="ADD attempts :one",
            ConditionExpression="attribute_exists(sk)",
            ExpressionAttributeValues={":one": {"N": "1"}},
        )

    def pending_deletions(self, limit: int) -> list[Tombstone]:
        result = self._call(
            "query",
            KeyConditionExpression="pk = :pk",
            ExpressionAttributeValues={":pk": _s(SWEEP_PK)},
            ConsistentRead=True,
            Limit=limit,
        )
        found = []
        for raw in result.get("Items", []):
            item = from_item(raw)
            accounts = [a for a in item.get("accounts") or [] if isinstance(a, str)]
            if accounts:
                found.append(Tombstone(accounts, int(item.get("since") or 0), int(item.get("attempts") or 0)))
        return found
