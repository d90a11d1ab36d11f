"""Where the privacy code's record lives: one item in the owner's partition.

``pk`` = the owner's partition, ``sk`` = ``CODE#privacy``. Attributes: ``digest`` and ``salt``
(binary), ``kdf`` (the parameters), ``pepper_id`` (which deployment secret keyed it), ``failures``
(wrong codes in a row), ``locked_until`` (epoch seconds, while a cool-down lasts), ``version``,
``set_at`` and ``expires_at``. The digits are never stored.

The code must outlive what it guards: its expiry is twice the retention from its last write, and a
right code renews it once less than one retention is left (``touch_code``).

The item is deliberately not a ``META#`` item: the session start's bundle Query reads those into
the session attributes, which travel through Alexa; the hash and salt never leave the table. It is
read with one consistent Query on its key when the skill needs to know. Every write is conditional: a new
code only where none is, a change or a wrong-code count only over the version that was read, so
two turns at once can't lose a count or overwrite each other's code.

These methods sit apart from the notes repository (``PrivacyCodeStore`` is one more protocol the
repositories implement) so the rest of the storage can change shape without touching them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from steady_ground.privacy_code import CodeError, CodeRecord, KdfParams
from steady_ground.storage.codec import from_attr, to_attr
from steady_ground.storage.errors import AlreadyExists, StorageError

CODE_SK = "CODE#privacy"


class CodeChanged(StorageError):
    """The record changed since it was read (another turn wrote first): read again."""


class PrivacyCodeStore(Protocol):
    def load_code(self, pk: str) -> CodeRecord | None:
        """The code record of this partition, or None when no code is set."""

    def put_code(self, pk: str, record: CodeRecord, now: datetime, *, over: int | None) -> None:
        """Write the record: where none is (``over=None``), or over the version read (``over``).
        Raises CodeChanged when the table holds something else."""

    def touch_code(self, pk: str, record: CodeRecord, now: datetime) -> None:
        """Renew the item's expiry after a right code, when less than one retention is left."""

    def delete_code(self, pk: str) -> None: ...


def code_expiry(now: datetime, retention: timedelta) -> datetime:
    return now + 2 * retention


def needs_renewal(record: CodeRecord, now: datetime, retention: timedelta) -> bool:
    return record.expires_at is None or record.expires_at < now + retention


def record_item(pk: str, record: CodeRecord, now: datetime, retention: timedelta) -> dict[str, Any]:
    item: dict[str, Any] = {
        "pk": {"S": pk},
        "sk": {"S": CODE_SK},
        "digest": to_attr(record.digest),
        "salt": to_attr(record.salt),
        "kdf": to_attr(record.kdf.as_dict()),
        "pepper_id": to_attr(record.pepper_id),
        "failures": to_attr(record.failures),
        "version": to_attr(record.version),
        "set_at": to_attr(int(now.timestamp())),
        "expires_at": to_attr(int(code_expiry(now, retention).timestamp())),
    }
    if record.locked_until is not None:
        item["locked_until"] = to_attr(int(record.locked_until.timestamp()))
    return item


def record_from_item(item: dict[str, Any]) -> CodeRecord:
    try:
        digest, salt = item["digest"]["B"], item["salt"]["B"]
        locked, expires = item.get("locked_until"), item.get("expires_at")
        return CodeRecord(
            digest=bytes(digest),
            salt=bytes(salt),
            kdf=KdfParams.from_dict(from_attr(item["kdf"])),
            pepper_id=str(from_attr(item.get("pepper_id", {"S": ""}))),
            failures=int(from_attr(item.get("failures", {"N": "0"}))),
            locked_until=datetime.fromtimestamp(int(from_attr(locked)), tz=UTC) if locked else None,
            version=int(from_attr(item.get("version", {"N": "1"}))),
            expires_at=datetime.fromtimestamp(int(from_attr(expires)), tz=UTC) if expires else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CodeError("unreadable privacy code record") from exc


class DynamoPrivacyCodes:
    """Mixed into DynamoNotesRepository: its ``_call`` maps AWS errors and keeps its time budget."""

    table_name: str
    retention: timedelta

    def _call(self, op: str, **kwargs: Any) -> Any:  # pragma: no cover - provided by the repository
        raise NotImplementedError

    def load_code(self, pk: str) -> CodeRecord | None:
        # A Query on the full key (not GetItem): the function's role grants only the calls it makes.
        found = self._call(
            "query",
            KeyConditionExpression="pk = :pk AND sk = :sk",
            ExpressionAttributeValues={":pk": {"S": pk}, ":sk": {"S": CODE_SK}},
            ConsistentRead=True,
        )
        items = found.get("Items") or []
        return record_from_item(items[0]) if items else None

    def put_code(self, pk: str, record: CodeRecord, now: datetime, *, over: int | None) -> None:
        if over is None:
            condition: dict[str, Any] = {"ConditionExpression": "attribute_not_exists(sk)"}
        else:
            condition = {
                "ConditionExpression": "#v = :over",
                "ExpressionAttributeNames": {"#v": "version"},
                "ExpressionAttributeValues": {":over": to_attr(over)},
            }
        try:
            self._call("put_item", Item=record_item(pk, record, now, self.retention), **condition)
        except AlreadyExists as exc:
            raise CodeChanged("the privacy code changed since it was read") from exc

    def touch_code(self, pk: str, record: CodeRecord, now: datetime) -> None:
        if needs_renewal(record, now, self.retention):
            try:
                self.put_code(pk, replace(record, version=record.version + 1), now, over=record.version)
            except CodeChanged:
                pass  # another turn wrote it just now, which renewed it too

    def delete_code(self, pk: str) -> None:
        self._call("delete_item", Key={"pk": {"S": pk}, "sk": {"S": CODE_SK}})


class MemoryPrivacyCodes:
    """Mixed into InMemoryNotesRepository, with the same conditions."""

    retention: timedelta

    @property
    def codes(self) -> dict[str, CodeRecord]:
        held: dict[str, CodeRecord] | None = self.__dict__.get("_codes")
        if held is None:
            held = self.__dict__["_codes"] = {}
        return held

    def load_code(self, pk: str) -> CodeRecord | None:
        return self.codes.get(pk)  # expiry is the table's business; in memory nothing expires

    def put_code(self, pk: str, record: CodeRecord, now: datetime, *, over: int | None) -> None:
        held = self.codes.get(pk)
        if (held is None) != (over is None) or (held is not None and held.version != over):
            raise CodeChanged("the privacy code changed since it was read")
        self.codes[pk] = replace(record, expires_at=code_expiry(now, self.retention))

    def touch_code(self, pk: str, record: CodeRecord, now: datetime) -> None:
        if needs_renewal(record, now, self.retention) and pk in self.codes:
            self.codes[pk] = replace(self.codes[pk], expires_at=code_expiry(now, self.retention))

    def delete_code(self, pk: str) -> None:
        self.codes.pop(pk, None)
