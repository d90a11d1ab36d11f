"""The notes repository interface and its value types.

Key design (one table, see template.yaml):
- ``pk``: one partition per owner, ``OWNER#<hmac>``. The owner is the account, or the account plus
  the recognized person. Raw Alexa ids are never stored.
- ``sk``: one item per thing: ``META#profile``, ``META#progress#<exercise>``,
  ``META#setting#<name>`` (consent with its time, private mode, the shared-device warning),
  ``NOTE#<time>#<id>``, and ``CODE#privacy`` (the privacy code's hash, see
  ``storage/privacy_codes.py``). Session start reads every ``META#`` item in one Query; notes are queried
  newest first, the expiry cut-off in the key condition, so one Query reads one page whatever the
  history's length.
- Notes also carry ``ksk`` = ``<kind>#<time>#<id>``, the sort key of the ``by-kind`` index (same
  ``pk``): "my last reflection" or "my last check-ins" is one Query on it.
- The account partition also holds ``MEMBER#<person key>`` items, one per recognized person of the
  account, so SkillDisabled (which carries only the account's userId) can find and delete every
  person partition of that account. It is written before any write to the person's partition.
- ``DONE#<request key>`` partitions record what a destructive request did, for a day, so a replay
  answers the same and does nothing again.
- ``SWEEP#deletions`` holds one tombstone per disabled account whose deletion has not finished.
- ``expires_at``: epoch seconds, the table's TTL attribute, on every item. Notes expire a retention
  after they were made, progress a retention after it was saved; profile, settings and registry
  entries move forward with activity.
  Reads skip expired items too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any, Protocol

from steady_ground.storage.privacy_codes import PrivacyCodeStore

MAX_NOTE_CHARS = 4000
REV_KEY = "_rev"  # in a progress dict from load_bundle: the revision a write back is conditional on


class NoteKind(str, Enum):
    FREE = "note"
    BOUNDARY = "boundary"
    REFLECTION = "reflection"
    CHECKIN = "checkin"
    PLAN = "plan"


@dataclass(frozen=True)
class Owner:
    """Whose data this is. ``pk`` is the partition; ``account_pk`` is the account's partition."""

    pk: str
    account_pk: str
    recognized: bool
    former: tuple[Owner, ...] = ()  # the same speaker under older id-hash secrets (a rotation window)
    key_version: str = ""  # which secret made these keys (identity.key_version), kept on each item


@dataclass(frozen=True)
class Note:
    note_id: str
    kind: NoteKind
    text: str
    created_at: datetime
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NotesPage:
    notes: list[Note]
    cursor: str | None


@dataclass
class Bundle:
    """Everything a session start needs, read in one Query.

    Settings items come back inside ``profile["settings"]`` so the session cache keeps them, and the
    profile item's revision inside ``profile["rev"]``, so a write back is conditional on it.
    """

    profile: dict[str, Any] = field(default_factory=dict)
    progress: dict[str, dict[str, Any]] = field(default_factory=dict)
    exists: bool = False


@dataclass(frozen=True)
class Tombstone:
    """A disabled account whose deletion has not been proven finished: every key it had."""

    accounts: list[str]
    since: int
    attempts: int


class NotesRepository(PrivacyCodeStore, Protocol):
    def begin_request(self) -> None:
        """A new request: forget that storage failed during the last one."""

    def load_bundle(self, owner: Owner, now: datetime) -> Bundle: ...

    def save_profile(self, owner: Owner, profile: dict[str, Any], now: datetime) -> int: ...

    def save_progress(
        self, owner: Owner, exercise: str, state: dict[str, Any], now: datetime, rev: int | None = None
    ) -> int: ...

    def clear_progress(self, owner: Owner, exercise: str) -> None: ...

    def add_note(
        self,
        owner: Owner,
        kind: NoteKind,
        text: str,
        now: datetime,
        idempotency_key: str,
        data: dict[str, Any] | None = None,
    ) -> Note: ...

    def list_notes(
        self,
        owner: Owner,
        now: datetime,
        limit: int = 3,
        cursor: str | None = None,
        kind: NoteKind | None = None,
    ) -> NotesPage: ...

    def delete_note(self, owner: Owner, note_id: str) -> bool: ...

    def delete_owner(self, owner: Owner) -> int: ...

    def delete_account(self, account_pk: str) -> int: ...

    def save_setting(self, owner: Owner, name: str, value: Any, now: datetime, *, account: bool = False) -> None: ...

    def delete_setting(self, owner: Owner, name: str, *, account: bool = False) -> None: ...

    def claim_request(self, request_key: str, action: str, now: datetime) -> dict[str, Any] | None: ...

    def record_result(self, request_key: str, action: str, result: dict[str, Any], now: datetime) -> None: ...

    def mark_deletion(self, account_pks: list[str], now: datetime) -> None: ...

    def unmark_deletion(self, account_pks: list[str]) -> None: ...

    def count_attempt(self, account_pks: list[str]) -> None: ...

    def pending_deletions(self, limit: int) -> list[Tombstone]: ...
